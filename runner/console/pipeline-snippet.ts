/**
 * A ready pipeline for an event no pipeline matched (the Unmatched page's "copy" box): triggers on exactly that
 * call type and name and sends it under the same name (a custom event) until the user picks a TikTok standard
 * event. Values are written as JSON strings, which YAML reads as double-quoted scalars, so any name is safe.
 */

/** `type`: track, page or screen; `name`: the sender's event (track) or page/screen name. */
export function pipelineSnippet(type: string, name: string): string {
  const slug =
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_|_$/g, '')
      .slice(0, 60) || type
  const field = type === 'track' ? 'event' : 'name'
  return [
    `# ${type} "${name.replace(/[\r\n]/g, ' ')}" -> TikTok. Save as pipelines/${slug}.yaml (a pipelines dir of your destination) and restart.`,
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
    '    # A TikTok standard event (CompleteRegistration, Subscribe, Lead, ...) or keep the name as a custom event.',
    '    - target: event',
    `      value: ${JSON.stringify(name)}`,
    'output:',
    '  format: tiktok_events_api',
    '  auth: access_token',
    ''
  ].join('\n')
}
