import { describe, expect, it } from 'vitest';
import { aboutName, furnitureTests } from './furniture.js';
import { DEFAULT_READER_LEXICON } from './reader-lexicon.js';

const f = furnitureTests(DEFAULT_READER_LEXICON);

describe('furniture', () => {
  it('recognises interface lines anywhere', () => {
    for (const line of ['Share this article', 'Advertisement', '- Published', '[ partner banner ]', 'Facebook Twitter WhatsApp Email', '4 min read', 'Photo: Getty Images', 'Read more: Ministers meet']) {
      expect(f.isFurniture(line, 'body')).toBe(true);
    }
  });

  it('recognises appeals and section labels only outside the body', () => {
    expect(f.isFurniture('Make a donation to support our newsroom!', 'header')).toBe(true);
    expect(f.isFurniture('Politics', 'header')).toBe(true);
    expect(f.isFurniture('Home > World > Asia', 'header')).toBe(true);
    expect(f.isFurniture('Politics', 'body')).toBe(false);
    expect(f.isFurniture('The donation was announced by the minister on Friday.', 'body')).toBe(false);
  });

  it('keeps a news sentence with an appeal word outside the body, but not an appeal to the reader', () => {
    expect(f.isFurniture("Turkey approved Sweden's membership in NATO. The vote was close.", 'header')).toBe(false);
    expect(f.isFurniture('Please consider a donation to support our reporting this year.', 'header')).toBe(true);
    expect(f.isFurniture('Become a member today: membership starts at five dollars a month.', 'tail')).toBe(true);
  });

  it('keeps sentences that merely use furniture words', () => {
    expect(f.isFurniture('Share prices fell sharply after the sanctions were announced on Monday.', 'body')).toBe(false);
    expect(f.isFurniture('Print media were banned from the hearing.', 'body')).toBe(false);
  });

  it('reads the site name from its newsletter box', () => {
    expect(f.siteName('Join the Policy Watch mailing list')).toBe('Policy Watch');
    expect(f.siteName('Sign up for the Daily Planet newsletter')).toBe('Daily Planet');
    expect(f.siteName('Join our mailing list')).toBeNull();
  });

  it('recognises menus, breadcrumbs and share bars, but not a headline with the site name', () => {
    for (const line of ['Home | Middle East | Gulf | North Africa', 'World > Europe', 'Facebook | X | KakaoTalk | Email | Print', 'About us | Contact | Privacy policy']) {
      expect(f.isNavLine(line), line).toBe(true);
    }
    expect(f.isNavLine('Talks collapse | The Daily Star')).toBe(false);
    expect(f.isNavLine('By Yonas Tesfaye | 11 June 2024')).toBe(false);
    expect(f.isShareLine('Facebook | X | Email')).toBe(true);
    expect(f.isShareLine('News | World')).toBe(false);
  });

  it('recognises consent walls, newsletter prompts, counters, paywalls, contacts and end markers', () => {
    for (const line of [
      'We value your privacy. We and our partners store and/or access information on a device, such as cookies, and process personal data for personalised ads and content.',
      'This website uses cookies to improve your experience. By continuing to browse the site you agree to our use of cookies.',
      'Get the Morning Briefing in your inbox every weekday. Sign up here.',
      'Newsletter: The Harbour Brief, every Tuesday',
      '3 comments | Leave a reply', 'Comments (12)', 'This article is for subscribers only. Already a subscriber? Log in',
      '+41 22 555 01 00 | press@example.org', 'ENDS', '###', '-30-', 'SC/15600', '10:42 GMT',
      'Associated Press writer Jane Roe contributed to this report.',
    ]) {
      expect(f.isFurniture(line, 'any'), line).toBe(true);
    }
  });

  it('keeps sentences of the article that mention cookies, newsletters or contacts', () => {
    for (const line of [
      'Regulators said websites must ask before they store cookies on the devices of visitors.',
      'The union urged its members to read the newsletter it sends every month.',
      'The ministry said it had remained in contact with the families since Sunday.',
    ]) {
      expect(f.isFurniture(line, 'body'), line).toBe(false);
    }
  });

  it('drops tickers outside the body and teasers inside it, never the sentences around them', () => {
    expect(f.isFurniture('BREAKING: Oil prices rise after supply talks stall', 'tail')).toBe(true);
    expect(f.isFurniture('Who is Ramon Ortiz? A profile of the new defence minister', 'body')).toBe(true);
    expect(f.isFurniture('Who is Ramon Ortiz? A profile of the new defence minister', 'any')).toBe(false);
    expect(f.isFurniture('Q: Have sanctions changed the bank\'s policy?', 'body')).toBe(false);
  });

  it('knows the labels of story lists and of the page\'s closing matter', () => {
    for (const line of ['Related stories', 'Most viewed', 'More from Eurasia Desk', 'Keep reading list of articles', 'Related Link(s)']) {
      expect(f.isListLabel(line), line).toBe(true);
    }
    expect(f.isListLabel('More than 40 people were hurt in the blast.')).toBe(false);
    for (const line of ['ENDS', 'Leave a Reply Cancel reply', '2 COMMENTS', 'For more information, contact:', 'About the Relief Access Coalition:', 'One thought on “Talks”']) {
      expect(f.isClosingLabel(line), line).toBe(true);
    }
    expect(f.isClosingLabel('About 40 people were hurt in the blast.')).toBe(false);
  });

  it('reads the organisation of an About box', () => {
    expect(aboutName('About the Relief Access Coalition:')).toBe('Relief Access Coalition');
    expect(aboutName('About Oxfam: Oxfam is a confederation of charities.')).toBe('Oxfam');
    expect(aboutName('About 40 people died')).toBeNull();
    expect(aboutName('About the deal')).toBeNull();
  });
});
