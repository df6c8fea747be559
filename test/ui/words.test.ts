/**
 * The vocabulary (src/ui/words.ts): one set of words per scale, numbers a student reads.
 */
import { describe, expect, it } from 'vitest';
import { TENSION } from '../../src/engine/rules.ts';
import { alignmentWords, chanceWords, heldWords, hostilityWords, observationEffectWords, readingWords, shiftSize, tensionWord } from '../../src/ui/words.ts';

describe('alignment: one scale, the same words everywhere', () => {
  it('names each step of −3…+3', () => {
    expect([3, 2, 1, 0, -1, -2, -3].map((a) => alignmentWords(a))).toEqual([
      'Blue bloc member',
      'Blue partner',
      'leans Blue',
      'neutral',
      'leans Red',
      'Red partner',
      'Red bloc member',
    ]);
  });
  it('a home is a home, whatever the number', () => {
    expect(alignmentWords(-3, 'red')).toBe('Red home');
    expect(alignmentWords(3, 'blue')).toBe('Blue home');
  });
  it('what a target needs is said in the same words (alignment 2 or more)', () => {
    expect(heldWords('blue')).toBe(`${alignmentWords(2)} or ${alignmentWords(3).replace('Blue ', '')}`);
    expect(heldWords('red')).toBe('Red partner or bloc member');
  });
});

describe('perception shifts in words, no log-odds', () => {
  it('sizes a shift on both sides of zero alike', () => {
    expect([0, 0.04, 0.1, 0.3, 0.9].map(shiftSize)).toEqual(['barely', 'barely', 'a little', 'noticeably', 'much']);
    expect([-0.04, -0.1, -0.3, -0.9].map(shiftSize)).toEqual(['barely', 'a little', 'noticeably', 'much']);
  });
  it('says how the rival will take an order', () => {
    expect(readingWords('red', 0.1)).toBe('Red will find this a little more threatening');
    expect(readingWords('red', 0.4)).toBe('Red will find this more threatening');
    expect(readingWords('blue', -0.8)).toBe('Blue will find this much more reassuring');
    expect(readingWords('blue', 0.01)).toBe('Blue will hardly notice this');
  });
  it('says what an observation did', () => {
    expect(observationEffectWords('red', 0.2)).toBe('made Red look a little more hostile');
    expect(observationEffectWords('blue', -0.7)).toBe('made Blue look much less hostile');
    expect(observationEffectWords('blue', 0)).toBe('hardly changed your view');
  });
  it('never prints a raw number or “log-odds”', () => {
    for (const x of [-2, -0.5, -0.1, 0, 0.1, 0.5, 2])
      for (const text of [readingWords('red', x), observationEffectWords('red', x)]) expect(text).not.toMatch(/\d|log-odds/);
  });
});

describe('tension and chances', () => {
  it('says war once a war has broken out, whatever the number', () => {
    expect(tensionWord(9.4)).toBe('on the brink');
    expect(tensionWord(9.4, true)).toBe('war');
    expect(tensionWord(TENSION.warAt)).toBe('war');
    expect(tensionWord(1)).toBe('calm');
    expect(tensionWord(TENSION.crisisAt)).toBe('crisis');
  });
  it('rounds chances to whole percents and names them', () => {
    expect(chanceWords(0.623)).toBe('62%');
    expect(chanceWords(1.2)).toBe('100%');
    expect(hostilityWords(0.1)).toBe('very likely peaceful');
    expect(hostilityWords(0.5)).toBe('could be either');
    expect(hostilityWords(0.9)).toBe('very likely hostile');
  });
});
