;; The linear model's key lookups and block additions (see linear-model.ts `scoreInto` and score-kernel.ts).
;; Memory layout, fixed per model by score-kernel.ts: the Int32 scores row at byte 0 (padded to a
;; whole number of v128s with zeros), then the found pairs at $found, the keys at $keys, the
;; model's blocks at $base and its lookup table of (key, block offset) pairs at $table. Dense rows start 16-byte aligned and are zero-padded to $nv vectors, so a dense row is
;; $nv plain i32x4 additions with no tail; sparse words (class << 16 | int16 weight) stay scalar.
(module
  (import "k" "memory" (memory 1))
  ;; byte address of the found (word offset into blocks, header) pairs
  (global $found (import "k" "found") i32)
  ;; byte address of the blocks
  (global $base (import "k" "base") i32)
  ;; vectors per dense row (classes rounded up to 4)
  (global $nv (import "k" "nv") i32)
  ;; byte address of the keys to score
  (global $keys (import "k" "keys") i32)
  ;; byte address of the lookup table, and its slot mask in bytes (slot mask << 3)
  (global $table (import "k" "table") i32)
  (global $mask8 (import "k" "mask8") i32)

  ;; Looks up the first $n keys (open addressing, linear probing, key 0 = empty slot); writes a
  ;; (first weight's word offset, block header) pair per key found; returns how many were found.
  ;; All keys first, then the additions: the lookups' cache misses overlap (see linear-model.ts).
  ;; A first pass only reads each key's home slot: the reads do not depend on one another nor
  ;; decide a branch, so the CPU has them all in flight at once (a prefetch, which WebAssembly
  ;; lacks), and the probing pass then mostly finds the slots in its cache. What the first pass
  ;; read is stored at $found (overwritten by the pairs) so that no engine may drop the reads.
  (func $lookUp (param $n i32) (result i32)
    (local $kp i32) (local $kend i32) (local $key i32) (local $s i32) (local $k i32) (local $out i32) (local $o i32)
    (local.set $kp (global.get $keys))
    (local.set $kend (i32.add (global.get $keys) (i32.shl (local.get $n) (i32.const 2))))
    (local.set $k (i32.const 0))
    (block $touched
      (loop $touch
        (br_if $touched (i32.ge_u (local.get $kp) (local.get $kend)))
        (local.set $k (i32.xor (local.get $k)
          (i32.load (i32.add (global.get $table)
            (i32.and (i32.shl (i32.load (local.get $kp)) (i32.const 3)) (global.get $mask8))))))
        (local.set $kp (i32.add (local.get $kp) (i32.const 4)))
        (br $touch)))
    (i32.store (global.get $found) (local.get $k))
    (local.set $kp (global.get $keys))
    (local.set $out (global.get $found))
    (block $done
      (loop $each
        (br_if $done (i32.ge_u (local.get $kp) (local.get $kend)))
        (local.set $key (i32.load (local.get $kp)))
        (local.set $kp (i32.add (local.get $kp) (i32.const 4)))
        (local.set $s (i32.and (i32.shl (local.get $key) (i32.const 3)) (global.get $mask8)))
        (block $next
          (loop $probe
            (local.set $k (i32.load (i32.add (global.get $table) (local.get $s))))
            (if (i32.eq (local.get $k) (local.get $key))
              (then
                (local.set $o (i32.load offset=4 (i32.add (global.get $table) (local.get $s))))
                (i32.store (local.get $out) (i32.add (local.get $o) (i32.const 1)))
                (i32.store offset=4 (local.get $out)
                  (i32.load (i32.add (global.get $base) (i32.shl (local.get $o) (i32.const 2)))))
                (local.set $out (i32.add (local.get $out) (i32.const 8)))
                (br $next)))
            (br_if $next (i32.eqz (local.get $k)))
            (local.set $s (i32.and (i32.add (local.get $s) (i32.const 8)) (global.get $mask8)))
            (br $probe)))
        (br $each)))
    (i32.shr_u (i32.sub (local.get $out) (global.get $found)) (i32.const 3)))

  ;; Looks up the first $n keys and adds their blocks into the scores row.
  (func (export "score") (param $n i32)
    (call $add (call $lookUp (local.get $n))))

  ;; Adds the blocks of the first $n found pairs into the scores row.
  (func $add (export "add") (param $n i32)
    (local $p i32) (local $end i32) (local $o i32) (local $cnt i32)
    (local $q i32) (local $stop i32) (local $e i32) (local $s i32)
    (local.set $p (global.get $found))
    (local.set $end (i32.add (global.get $found) (i32.shl (local.get $n) (i32.const 3))))
    (block $done
      (loop $pairs
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $o (i32.add (global.get $base) (i32.shl (i32.load (local.get $p)) (i32.const 2))))
        (local.set $cnt (i32.load offset=4 (local.get $p)))
        (local.set $p (i32.add (local.get $p) (i32.const 8)))
        (if (i32.lt_s (local.get $cnt) (i32.const 0))
          (then
            ;; dense: scores[0..4nv) += row, four classes per instruction
            (local.set $q (i32.const 0))
            (local.set $stop (i32.shl (global.get $nv) (i32.const 4)))
            (loop $v
              (v128.store align=16 (local.get $q)
                (i32x4.add (v128.load align=16 (local.get $q)) (v128.load align=16 (local.get $o))))
              (local.set $q (i32.add (local.get $q) (i32.const 16)))
              (local.set $o (i32.add (local.get $o) (i32.const 16)))
              (br_if $v (i32.lt_u (local.get $q) (local.get $stop)))))
          (else
            ;; sparse: scores[e >>> 16] += (int16) e
            (local.set $stop (i32.add (local.get $o) (i32.shl (local.get $cnt) (i32.const 2))))
            (block $sd
              (loop $sp
                (br_if $sd (i32.ge_u (local.get $o) (local.get $stop)))
                (local.set $e (i32.load (local.get $o)))
                (local.set $s (i32.shl (i32.shr_u (local.get $e) (i32.const 16)) (i32.const 2)))
                (i32.store (local.get $s) (i32.add (i32.load (local.get $s)) (i32.extend16_s (local.get $e))))
                (local.set $o (i32.add (local.get $o) (i32.const 4)))
                (br $sp)))))
        (br $pairs)))))
