import type { RecordKind } from '../../../electron/common/domain/vocab';
import { agreementCodec } from './agreement';
import type { KindCodec } from './codec';
import { meetingCodec } from './meeting';
import { partyCodec } from './party';
import { personCodec } from './person';
import { programmeCodec } from './programme';
import { workingGroupCodec } from './working-group';

export const CODECS: { [K in RecordKind]: KindCodec<K> } = {
  party: partyCodec,
  person: personCodec,
  agreement: agreementCodec,
  working_group: workingGroupCodec,
  programme: programmeCodec,
  meeting: meetingCodec,
};

export type { Body, KindCodec, Reference } from './codec';
