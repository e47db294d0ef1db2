import type { Handlers } from '../../../contract';
import { readByRelationship, readComparison, readTrends } from '../../trends';
import type { ServiceContext } from '../context';

export function trendHandlers({
  session,
}: ServiceContext): Pick<Handlers, 'trends' | 'compareTrends' | 'trendsByRelationship'> {
  return {
    trends: (request) => readTrends(session.current(), request),
    compareTrends: (filter) => readComparison(session.current(), filter),
    trendsByRelationship: (filter) => readByRelationship(session.current(), filter),
  };
}
