import assert from 'node:assert/strict';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { dropPngAlpha } from '../../server/pdf/opaque-png';

describe('dropPngAlpha', () => {
  // 3 × 2 pixels drawn on a canvas; Skia encodes them as an 8-bit RGBA PNG.
  const colours = ['#ff0000', '#00ff00', '#0000ff', '#123456', '#ffffff', '#000000'];
  function rgbaPng(): Buffer {
    const canvas = createCanvas(3, 2);
    const ctx = canvas.getContext('2d');
    colours.forEach((colour, i) => {
      ctx.fillStyle = colour;
      ctx.fillRect(i % 3, Math.floor(i / 3), 1, 1);
    });
    return canvas.encodeSync('png');
  }

  it('writes an 8-bit RGB, non-interlaced PNG of the same size', () => {
    const png = dropPngAlpha(rgbaPng());
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    assert.equal(png.toString('latin1', 12, 16), 'IHDR');
    assert.equal(png.readUInt32BE(16), 3);
    assert.equal(png.readUInt32BE(20), 2);
    assert.deepEqual([...png.subarray(24, 29)], [8, 2, 0, 0, 0]);
  });

  it('decodes back to the same colours, fully opaque', async () => {
    const image = await loadImage(dropPngAlpha(rgbaPng()));
    const canvas = createCanvas(3, 2);
    const ctx = canvas.getContext('2d');
    ctx.drawImage(image, 0, 0);
    const expected = [255, 0, 0, 0, 255, 0, 0, 0, 255, 18, 52, 86, 255, 255, 255, 0, 0, 0];
    const pixels = [...ctx.getImageData(0, 0, 3, 2).data];
    assert.deepEqual(pixels.filter((_, i) => i % 4 !== 3), expected);
    assert.ok(pixels.filter((_, i) => i % 4 === 3).every((alpha) => alpha === 255));
  });

  it('refuses a PNG that is not 8-bit RGBA', () => {
    const rgb = dropPngAlpha(rgbaPng());
    assert.throws(() => dropPngAlpha(rgb), /RGBA/);
  });
});
