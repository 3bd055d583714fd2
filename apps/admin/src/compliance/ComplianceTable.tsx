import { Link, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { COMPLIANCE_OUTCOME_LABELS, type ComplianceRowView } from '@mandate-tracker/contracts';
import { formatDay } from '../dates';

const day = (iso: string | null) => (iso ? formatDay(iso) : '—');

/** The obligations in scope, latest first, each with the evidence that decided its outcome. */
export const ComplianceTable = ({ rows, total }: { rows: ComplianceRowView[]; total: number }) => (
  <>
    <Typography variant="body2" sx={{ mb: 1 }}>
      {total > rows.length
        ? `The ${rows.length} most delayed of ${total} obligations; the workbook holds them all.`
        : `${total} obligations.`}
    </Typography>
    <Table size="small" aria-label="Compliance">
      <TableHead>
        <TableRow>
          <TableCell>Mandate</TableCell>
          <TableCell>Requested of</TableCell>
          <TableCell>Fell due</TableCell>
          <TableCell>Outcome</TableCell>
          <TableCell>Evidence</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.id}>
            <TableCell>
              <Link href={`#/obligations/${row.id}/show`}>{`${row.resolutionSymbol ?? '?'}, para. ${row.paragraphRef}`}</Link>
            </TableCell>
            <TableCell>{row.actor}</TableCell>
            <TableCell>{day(row.dueOn)}</TableCell>
            <TableCell>
              {COMPLIANCE_OUTCOME_LABELS[row.outcome]}
              {row.daysLate !== null ? ` (${row.daysLate} days)` : ''}
            </TableCell>
            <TableCell>{row.evidence}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  </>
);
