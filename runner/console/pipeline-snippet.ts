/**
 * A ready pipeline for an event no pipeline matched (the Unmatched page's "copy" box): triggers on exactly that
 * call type and name and sends it under the same name (a custom event) until the user picks a TikTok standard
 * event. Values are written as JSON strings, which YAML reads as double-quoted scalars, so any name is safe.
 */

import { isStandardEvent } from '../../destinations/tiktok/core/standard-events.ts'

/** `type`: track, page or screen; `name`: the sender's event (track) or page/screen name. */
export function pipelineSnippet(type: string, name: string): string {
  const slug =
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_|_$/g, '')
      .slice(0, 60) || type
  const field = type === 'track' ? 'event' : 'name'
  const standard = isStandardEvent(name)
  const unquotable = /["\\]/.test(name)
  return [
    `# ${type} "${name.replace(/[\r\n]/g, ' ')}" -> TikTok. Save as pipelines/${slug}.yaml (a pipelines dir of your destination) and restart.`,
    ...(unquotable
      ? ['# The name holds a double quote or a backslash, which a trigger cannot match: rename the event.']
      : []),
    `name: ${slug}`,
    `description: ${JSON.stringify(`${type} ${name}`)}`,
    'integration: tiktok-events-api',
    'trigger:',
    `  event: ${type}`,
    '  conditions:',
    `    - field: ${field}`,
    '      operator: equals',
    `      value: ${JSON.stringify(name)}`,
    'transform:',
    '  static:',
    ...(unquotable
      ? ['# The name holds a double quote or a backslash, which a trigger cannot match: rename the event.']
      : []),
    '    # A TikTok standard event (CompleteRegistration, Subscribe, Lead, ...) in place of the name, without',
    '    # custom: true; as it is, TikTok gets a custom event (reporting and audiences, no campaign optimisation).',
    '    - target: event',
    `      value: ${JSON.stringify(name)}`,
    ...(standard ? [] : ['      custom: true']),
    'output:',
    '  format: tiktok_events_api',
    '  auth: access_token',
    ''
  ].join('\n')
}
