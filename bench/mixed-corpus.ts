/**
 * The mixed Segment e-commerce corpus of issue 18: the six Segment fixtures (test/fixtures/segment-events), the same
 * number of distinct events each (own messageId, email and phone, so no memo of ours can help), with the preset
 * each destination picks for it: ours (presets.generated.ts, from pipelines/*.yaml) and Segment's TikTok
 * Conversions' (its `presets` in @segment/action-destinations). Plain data; no actions-core import.
 */
import type { SegmentEvent } from '@segment/actions-core'
import orderCompleted from '../test/fixtures/segment-events/order-completed.json' with { type: 'json' }
import orderCompletedIos from '../test/fixtures/segment-events/order-completed-ios.json' with { type: 'json' }
import page from '../test/fixtures/segment-events/page.json' with { type: 'json' }
import productViewed from '../test/fixtures/segment-events/product-viewed.json' with { type: 'json' }
import productsSearched from '../test/fixtures/segment-events/products-searched.json' with { type: 'json' }
import signedUp from '../test/fixtures/segment-events/signed-up.json' with { type: 'json' }

/** [fixture, our preset's name, Segment TikTok Conversions' preset name] */
export const MIXED_FIXTURES: ReadonlyArray<readonly [unknown, string, string]> = [
  [orderCompleted, 'Purchase', 'Complete Payment'],
  [orderCompletedIos, 'Purchase', 'Complete Payment'],
  [productViewed, 'View Content', 'View Content'],
  [productsSearched, 'Search', 'Search'],
  [signedUp, 'Complete Registration', 'Complete Registration'],
  [page, 'Pageview', 'Page View']
]

export interface CorpusGroup {
  ourPreset: string
  segmentPreset: string
  events: SegmentEvent[]
}

/** `perFixture` distinct events of every fixture; `tag` keeps messageIds and emails apart between calls. */
export function mixedCorpus(perFixture: number, tag: string): CorpusGroup[] {
  return MIXED_FIXTURES.map(([fixture, ourPreset, segmentPreset]) => {
    const base = fixture as SegmentEvent
    const events = Array.from({ length: perFixture }, (_, i) => ({
      ...base,
      messageId: `${tag}-${ourPreset}-${i}`,
      context: {
        ...base.context,
        traits: {
          ...base.context?.traits,
          email: `Shopper.${tag}.${i}@Example.com`,
          phone: `(213) 373-${String(i % 10_000).padStart(4, '0')}`
        }
      }
    })) as SegmentEvent[]
    return { ourPreset, segmentPreset, events }
  })
}
