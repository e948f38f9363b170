import { useQuery } from '@tanstack/react-query';
import { getHealthQueryOptions } from '../../../lib/health-query';

export { getHealthQueryOptions };

export const useHealth = () => useQuery(getHealthQueryOptions());
