/**
 * The TikTok Events API destination for @segment/actions-core. Settings come from the core's CoreSettings schema,
 * presets from pipelines/*.yaml (generated), and the one action, reportEvent, hands every decision to the core.
 */
import type { DestinationDefinition } from '@segment/actions-core'
import type { CoreSettingsInput } from './core/index.ts'
import { installNativeSha256 } from './native-sha256.ts'
import { presets } from './presets.generated.ts'
import { reportEvent } from './report-event/index.ts'
import { testAuthentication } from './report-event/test-authentication.ts'
import { settingsFields } from './settings-fields.ts'

// Segment runs destinations on Node: match keys are hashed with its native SHA-256 (native-sha256.ts).
installNativeSha256()

const destination: DestinationDefinition<CoreSettingsInput> = {
  name: 'TikTok Events API',
  slug: 'actions-tiktok-events-api',
  mode: 'cloud',
  description:
    'Send web, app, offline and CRM events to the TikTok Events API 2.0 with hashed match keys, consent and GPC handling.',
  authentication: {
    scheme: 'custom',
    fields: settingsFields,
    testAuthentication
  },
  presets,
  actions: { reportEvent }
}

export default destination
