import { describe, expect, it } from 'vitest';
import { slugOf } from '../../../src/lib/article/slug.ts';
import { indexTags, tagSlugger } from '../../../src/lib/catalog/tags.ts';

describe('tagSlugger', () => {
  it('gives each name the slug slugOf gives it, asked once or many times', () => {
    const slugOfTag = tagSlugger();
    const names = ['Dân vận', 'dân vận', 'Đảng viên', 'Nông thôn mới', 'Dân vận', 'Thuỷ lợi', 'Thủy lợi', '&'];
    for (const name of [...names, ...names]) expect(slugOfTag(name)).toBe(slugOf(name));
  });
});

describe('indexTags', () => {
  it('lists an article once under a tag it names in two spellings, newest first', () => {
    const older = { id: 'cu', data: { tags: ['Dân vận', 'dân vận'] } };
    const newer = { id: 'moi', data: { tags: ['dân vận', 'Cao su'] } };
    const tags = indexTags([newer, older]);
    expect([...tags.keys()]).toEqual(['dan-van', 'cao-su']);
    expect(tags.get('dan-van')).toEqual({ slug: 'dan-van', name: 'dân vận', articles: [newer, older] });
  });
});
