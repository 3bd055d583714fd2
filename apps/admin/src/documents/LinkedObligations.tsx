import type { LinkedObligationView as LinkedObligation } from '@mandate-tracker/contracts';
import { Datagrid, FunctionField, Link, TextField, useTranslate } from 'react-admin';

/** Datagrid reads each column's header from its child's label. */
interface ColumnProps {
  label: string;
}

/** "A/RES/57/159, para. 23", the way staff cite an obligation, linking to its page. */
const ObligationCell = (_props: ColumnProps) => (
  <FunctionField<LinkedObligation>
    render={(link) => (
      <Link to={`/obligations/${link.obligation.id}/show`}>
        {link.obligation.resolution.symbol}, para. {link.obligation.paragraphRef}
      </Link>
    )}
  />
);

const EvidenceCell = (_props: ColumnProps) => {
  const translate = useTranslate();
  return (
    <FunctionField<LinkedObligation>
      render={({ evidence }) =>
        [evidence.resolutionSymbol && `${evidence.resolutionSymbol}${evidence.paragraph ? ` (${evidence.paragraph})` : ''}`, evidence.note]
          .filter(Boolean)
          .join(' — ') || translate('resources.documents.helpers.noEvidence')
      }
    />
  );
};

/** The obligations a document fulfils or relates to, with the evidence for each link; inside an ArrayField. */
export const LinkedObligations = () => (
  <Datagrid bulkActionButtons={false} rowClick={false} empty={<span>—</span>}>
    <ObligationCell label="resources.documents.fields.obligation" />
    <TextField source="obligation.kind" label="resources.documents.fields.obligationKind" />
    <TextField source="obligation.status" label="resources.documents.fields.obligationStatus" />
    <TextField source="relation" label="resources.documents.fields.relation" />
    <EvidenceCell label="resources.documents.fields.evidence" />
  </Datagrid>
);
