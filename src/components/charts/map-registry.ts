import { z } from 'zod';
import type { ChartMap } from './types';

/** Enough of GeoJSON to know the file is a set of polygons ECharts can draw. */
const featureCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z
    .array(
      z.object({
        type: z.literal('Feature'),
        geometry: z.object({ type: z.enum(['Polygon', 'MultiPolygon']) }),
      }),
    )
    .min(1),
});

const registered = new Map<string, Promise<void>>();

async function fetchAndRegister({ name, url }: ChartMap): Promise<void> {
  // The map series' code and the geometry download side by side.
  const [{ registerMap }, response] = await Promise.all([import('./echarts-map'), fetch(url)]);
  if (!response.ok) throw new Error(`The ${name} map could not be loaded (HTTP ${response.status}).`);
  const text = await response.text();
  featureCollectionSchema.parse(JSON.parse(text));
  // ECharts parses the text itself, so the checked file is handed over as it came.
  registerMap(name, text);
}

/** Fetches and registers a map once per page; a failure is forgotten so a later chart can try again. */
export function ensureMap(map: ChartMap): Promise<void> {
  let pending = registered.get(map.name);
  if (!pending) {
    pending = fetchAndRegister(map).catch((error: unknown) => {
      registered.delete(map.name);
      throw error;
    });
    registered.set(map.name, pending);
  }
  return pending;
}
