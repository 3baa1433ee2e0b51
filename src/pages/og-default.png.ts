import type { APIRoute } from 'astro';
import sharp from 'sharp';

// The default share image, drawn at build time: the site's mark on its crisis-bar red.
// No text, so it renders the same on any machine whatever fonts it has.
const SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
  <rect width="1200" height="630" fill="#7a0b12"/>
  <rect x="450" y="165" width="300" height="300" rx="48" fill="#ffffff"/>
  <path d="M565 215h70v80h80v70h-80v80h-70v-80h-80v-70h80z" fill="#7a0b12"/>
</svg>`;

export const GET: APIRoute = async () => {
  const png = await sharp(Buffer.from(SVG)).png().toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
