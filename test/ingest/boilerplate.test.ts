import { describe, expect, it } from 'vitest';
import { asByline, asDate, isUiJunk, unglueBreadcrumbs } from '../../src/ingest/boilerplate.js';
import { cleanDraft } from '../../src/ingest/clean.js';
import { plainTextDraft } from '../../src/ingest/plain-text.js';
import { markdownDraft } from '../../src/ingest/markdown.js';

const clean = (text: string) => cleanDraft(plainTextDraft(text));

describe('boilerplate rules', () => {
  it('unglues breadcrumbs from a headline', () => {
    expect(unglueBreadcrumbs('HomePoliticsKyiv and Moscow hold talks')).toBe('Kyiv and Moscow hold talks');
    expect(unglueBreadcrumbs('Home > World > Europe > Floods hit the north')).toBe('Floods hit the north');
    expect(unglueBreadcrumbs('McDonald opens a new restaurant')).toBe('McDonald opens a new restaurant');
    expect(unglueBreadcrumbs('DeSantis signs the bill')).toBe('DeSantis signs the bill');
  });
  it('knows web furniture by general phrases', () => {
    for (const junk of ['Advertisement', 'Source link', 'Must Read', 'Share this article', 'Sign up for our newsletter to get the news first.', '© 2024 Example Ltd', 'Read more: Another story here', 'Comments (3)', '4 min read']) {
      expect(isUiJunk(junk), junk).toBe(true);
    }
    for (const real of ['We will resist.', 'No.', 'Share prices fell 3% on Monday after the announcement.', 'Readers wrote in with advice.', 'The advertisement ran for a week, the council said.']) {
      expect(isUiJunk(real), real).toBe(false);
    }
  });
  it('reads bylines and datelines', () => {
    expect(asByline('By Jane Roe')).toBe('Jane Roe');
    expect(asByline('By Jane Roe and John Doe, Reuters')).toBe('Jane Roe and John Doe, Reuters');
    expect(asByline('By the end of the day the talks were over.')).toBeNull();
    expect(asDate('Published 3 March 2023')).toBe('2023-03-03');
    expect(asDate('Updated: March 1, 2023 10:02 AM ET')).toBe('2023-03-01');
    expect(asDate('The talks began on March 1, 2023, in Minsk.')).toBeNull();
  });
});

describe('cleaning plain text', () => {
  it('takes the first line as the headline, drops its repeat and trailing junk, keeps a short real last paragraph', () => {
    const c = clean('NewsWorldPort strike begins\n\nPort strike begins\n\nWorkers walked out on Tuesday.\n\nWe will resist.\n\nSource link\n\nMust Read');
    expect(c.title).toBe('Port strike begins');
    expect(c.blocks.map((b) => b.text)).toEqual(['Workers walked out on Tuesday.', 'We will resist.']);
  });
  it('does not take a first sentence as a headline', () => {
    const c = clean('Workers walked out on Tuesday after talks failed.\n\nThe port is closed.');
    expect(c.title).toBeNull();
    expect(c.blocks).toHaveLength(2);
  });
  it('turns a short unpunctuated line between paragraphs into a subhead', () => {
    const c = clean('Port strike begins\n\nWorkers walked out on Tuesday.\n\nWhat happens next\n\nTalks resume on Friday.');
    expect(c.blocks.map((b) => b.kind)).toEqual(['paragraph', 'heading', 'paragraph']);
  });
  it('drops a line repeated through the page', () => {
    const c = clean('Port strike begins\n\nWorkers walked out.\n\nSponsored by Acme\n\nShips wait offshore.\n\nSponsored by Acme\n\nTalks resume Friday.');
    expect(c.blocks.map((b) => b.text)).toEqual(['Workers walked out.', 'Ships wait offshore.', 'Talks resume Friday.']);
  });
  it('keeps a long paragraph that lacks a final period', () => {
    const text = 'Workers walked out on Tuesday after talks with the harbour authority broke down over pay and night shifts and nobody knows when they will return';
    const c = clean(`Port strike begins\n\nThe port is closed.\n\n${text}\n\nShips wait offshore.`);
    expect(c.blocks.map((b) => b.text)).toContain(text);
  });
});

describe('markdown', () => {
  it('takes structure from headings and front matter', () => {
    const d = markdownDraft('---\ntitle: "T"\nauthor: A B\n---\n# Headline here\n\nSome *text* with a [link](http://x).\n\n## Part two\n\nMore.\n\n```\ncode is skipped\n```\n');
    expect(d.title).toBe('T');
    expect(d.byline).toBe('A B');
    expect(d.blocks).toEqual([
      { kind: 'heading', level: 1, text: 'Headline here' },
      { kind: 'paragraph', text: 'Some text with a link.' },
      { kind: 'heading', level: 2, text: 'Part two' },
      { kind: 'paragraph', text: 'More.' },
    ]);
  });
  it('uses the first level-one heading as the headline', () => {
    const d = markdownDraft('Title line\n==========\n\nBody text.');
    expect(d.title).toBe('Title line');
    expect(d.blocks).toEqual([{ kind: 'paragraph', text: 'Body text.' }]);
  });
});
