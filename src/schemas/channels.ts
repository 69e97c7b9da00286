/**
 * Contact channels: src/content/data/channels.yaml. Service levels, touchpoints
 * and templates refer to these ids; the channel guide is rendered from them.
 */
import { z } from 'zod';
import { idField, textField } from './fields.ts';

export const channelSchema = z.object({
	/** Stable id used by other data files (`channel: email`). */
	id: idField('id'),
	/** Name readers see ("Live chat"). */
	name: textField('name'),
	/** True when customers can raise issues here, so the channel needs response targets in service-levels.yaml. */
	support: z.boolean({ error: 'support must be true or false (true when customers raise issues on this channel)' }).default(true),
	/** What the channel is best for, as advice to staff picking one. */
	bestFor: textField('bestFor', 'say what this channel is best used for'),
	/** When not to use it, and what to use instead. */
	avoidFor: textField('avoidFor', 'say when staff should pick another channel'),
	/** How the channel stays usable for customers with disabilities, and the alternative we offer. */
	accessibility: textField('accessibility', 'say how this channel works for people with disabilities'),
	/** When it is staffed, in words ("Business hours", "Around the clock for urgent issues"). */
	availability: textField('availability'),
});

export const channelsSchema = z
	.array(channelSchema, { error: 'channels.yaml must be a list of channels, each starting with "- id: ..."' })
	.min(1, { message: 'channels.yaml must list at least one channel' });

export type Channel = z.infer<typeof channelSchema>;
