import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { pngTexts, withPngText } from '../../src/data/pngText';

describe('PNG caption', () => {
  it('round-trips a Chinese caption and leaves a PNG that still decodes', () => {
    const img = new PNG({ width: 2, height: 2 });
    img.data.fill(200);
    const png = new Uint8Array(PNG.sync.write(img));
    const caption = '2025年底 · 状态：已完成 · 范围：中心梯道片区';
    const out = withPngText(png, 'Description', caption);
    expect(pngTexts(out)).toEqual({ Description: caption });
    expect(pngTexts(png)).toEqual({});
    const back = PNG.sync.read(Buffer.from(out));
    expect([back.width, back.height]).toEqual([2, 2]);
  });
});
