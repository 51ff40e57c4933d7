import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { CandidateResult } from '../../../../shared/contract';

/**
 * Standard against achieved level per competency, as grouped bars: a bar chart reads more
 * exactly than a radar when a competency is one level short, which is what the reader looks for.
 */
export function ProfileChart({ candidate }: { candidate: CandidateResult }) {
  const { t } = useTranslation();
  const data = candidate.competencies.map((c) => ({
    code: c.code,
    name: c.name,
    standard: c.standard,
    achieved: c.achieved,
  }));
  const standard = t('results.profile.standard');
  const achieved = t('results.profile.achieved');
  return (
    <div role="img" aria-label={t('results.profile.chartLabel')} style={{ width: '100%', height: 260 }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -20 }} barGap={2}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="code" tick={{ fontSize: 12 }} interval={0} />
          <YAxis domain={[0, 5]} ticks={[0, 1, 2, 3, 4, 5]} allowDecimals={false} tick={{ fontSize: 12 }} />
          <Tooltip
            labelFormatter={(code, payload) => {
              const entry = payload?.[0]?.payload as { name?: string } | undefined;
              return entry?.name ? `${String(code)} ${entry.name}` : String(code);
            }}
          />
          <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
          <Bar
            dataKey="standard"
            name={standard}
            fill="var(--mantine-color-gray-4)"
            isAnimationActive={false}
          />
          <Bar
            dataKey="achieved"
            name={achieved}
            fill="var(--mantine-color-petrol-7)"
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
