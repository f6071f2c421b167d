import { describe, expect, it } from 'vitest';
import { newTonePlacement, otherTonePlacement, otherTonePlacements } from '../../../src/lib/search/tone-placement.ts';

describe('otherTonePlacement', () => {
  it.each([
    ['thuỷ', 'thủy'],
    ['thủy', 'thuỷ'],
    ['hoá', 'hóa'],
    ['hoà', 'hòa'],
    ['uỷ', 'ủy'],
    ['Uỷ', 'Ủy'],
    ['khoẻ', 'khỏe'],
    ['goá', 'góa'],
    ['hoạ', 'họa'],
  ])('%s ↔ %s', (word, other) => {
    expect(otherTonePlacement(word)).toBe(other);
    expect(otherTonePlacement(other)).toBe(word);
  });

  it.each(['hoàn', 'thuyền', 'quý', 'của', 'mùa', 'thuế', 'hoa', 'thuy', 'đổi', 'khoẻo', 'ngoài'])(
    '%s has one placement only',
    (word) => expect(otherTonePlacement(word)).toBeUndefined(),
  );
});

describe('newTonePlacement', () => {
  it('moves the tone to the first vowel and leaves every other word as it is', () => {
    expect(newTonePlacement('thuỷ')).toBe('thủy');
    expect(newTonePlacement('thủy')).toBe('thủy');
    expect(newTonePlacement('Hoà')).toBe('Hòa');
    expect(newTonePlacement('hoàn')).toBe('hoàn');
    expect(newTonePlacement('đổi')).toBe('đổi');
  });
});

describe('otherTonePlacements', () => {
  it('lists each word with two placements once, in the other placement, lower case', () => {
    expect(otherTonePlacements('Uỷ ban hoà giải; Ủy ban và uỷ viên, sức khỏe, hoàn thành, quý')).toEqual([
      'ủy',
      'hòa',
      'uỷ',
      'khoẻ',
    ]);
    expect(otherTonePlacements('Đóa hoa')).toEqual(['đoá']);
    expect(otherTonePlacements('Dân vận')).toEqual([]);
  });

  it('reads each word whole, from its first letter, between punctuation and written decomposed', () => {
    expect(otherTonePlacements('(Thuỷ)lợi—khoẻ. Thuỷ'.normalize('NFD'))).toEqual(['thủy', 'khỏe']);
    expect(otherTonePlacements('nhuỵ ngoạ')).toEqual(['nhụy', 'ngọa']);
  });
});
