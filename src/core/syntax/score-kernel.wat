;; The linear model's block additions (see linear-model.ts `scoreInto` and score-kernel.ts).
;; Memory layout, fixed per model by score-kernel.ts: the Int32 scores row at byte 0 (padded to a
;; whole number of v128s with zeros), then the found pairs at $found, then the model's blocks at
;; $base. Dense rows start 16-byte aligned and are zero-padded to $nv vectors, so a dense row is
;; $nv plain i32x4 additions with no tail; sparse words (class << 16 | int16 weight) stay scalar.
(module
  (import "k" "memory" (memory 1))
  ;; byte address of the found (word offset into blocks, header) pairs
  (global $found (import "k" "found") i32)
  ;; byte address of the blocks
  (global $base (import "k" "base") i32)
  ;; vectors per dense row (classes rounded up to 4)
  (global $nv (import "k" "nv") i32)

  ;; Adds the blocks of the first $n found pairs into the scores row.
  (func (export "add") (param $n i32)
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
