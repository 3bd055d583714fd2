import type { ComplianceFilter, ComplianceFiguresView, ComplianceRowView } from '@mandate-tracker/contracts';
import { useEffect, useState } from 'react';
import { httpClient } from '../providers/httpClient';
import { API_URL } from '../providers/dataProvider';

export interface ComplianceState {
  loading: boolean;
  error: string | null;
  figures: ComplianceFiguresView | null;
  rows: ComplianceRowView[];
  total: number;
}

const PAGE = 100;

/** The figures and the first rows (latest first) for a date and scope, read again whenever either changes. */
export function useCompliance(asOf: string, filter: ComplianceFilter): ComplianceState {
  const [state, setState] = useState<ComplianceState>({ loading: true, error: null, figures: null, rows: [], total: 0 });
  const key = JSON.stringify({ asOf, filter });
  useEffect(() => {
    let live = true;
    const query = new URLSearchParams({ asOf, filter: JSON.stringify(filter) });
    setState((previous) => ({ ...previous, loading: true, error: null }));
    Promise.all([
      httpClient(`${API_URL}/compliance/figures?${query.toString()}`),
      httpClient(
        `${API_URL}/compliance?${query.toString()}&sort=${encodeURIComponent('["daysLate","DESC"]')}&range=${encodeURIComponent(`[0,${PAGE - 1}]`)}`,
      ),
    ]).then(
      ([figures, page]) => {
        if (!live) return;
        const total = Number(page.headers.get('content-range')?.split('/')[1] ?? page.json.length);
        setState({
          loading: false,
          error: null,
          figures: figures.json as ComplianceFiguresView,
          rows: page.json as ComplianceRowView[],
          total,
        });
      },
      (error: Error) => live && setState({ loading: false, error: error.message, figures: null, rows: [], total: 0 }),
    );
    return () => {
      live = false;
    };
    // The key stands for asOf and filter: a new filter object with the same content must not read again.
  }, [key]);
  return state;
}
