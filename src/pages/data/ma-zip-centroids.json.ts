import type { APIRoute } from 'astro';
import { centroidTable, readZipCodes, zipCodesVersion } from '../../lib/finder/centroids';

// Every Massachusetts ZIP code centre, built from the zipcodes package at build time and served
// from our own origin. The finder downloads the whole table, so no request names a typed ZIP code.
export const prerender = true;

export const GET: APIRoute = () =>
  new Response(JSON.stringify(centroidTable(readZipCodes(), zipCodesVersion())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
