import type { DocumentCreatedView } from '@mandate-tracker/contracts';
import { Create, SimpleForm, useNotify, useRedirect, type RaRecord } from 'react-admin';
import { DocumentInputs } from './DocumentInputs';

/** One entry may record several documents, so the list (not one record's page) is where the user sees them all. */
export const DocumentCreate = () => {
  const notify = useNotify();
  const redirect = useRedirect();
  const onSuccess = (data: RaRecord) => {
    // The API answers a create with the first document plus which symbols were new and which already recorded.
    const answer = data as RaRecord & Partial<DocumentCreatedView>;
    const recorded = answer.recorded?.join(', ') ?? '';
    const existing = answer.existing?.length ? answer.existing.join(', ') : null;
    notify(existing ? 'resources.documents.notifications.recordedSome' : 'resources.documents.notifications.recorded', {
      type: 'info',
      messageArgs: { recorded, existing },
    });
    redirect('list', 'documents');
  };
  return (
    <Create mutationOptions={{ onSuccess }}>
      <SimpleForm>
        <DocumentInputs several />
      </SimpleForm>
    </Create>
  );
};
