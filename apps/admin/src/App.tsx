import { Admin, Resource } from 'react-admin';
import { i18nProvider } from './i18n/i18nProvider';
import { dataProvider } from './providers/dataProvider';
import resolutions from './resolutions';
import sessions from './sessions';
import documents from './documents';

export const App = () => (
  <Admin
    title="UN Mandate Tracker"
    dataProvider={dataProvider}
    i18nProvider={i18nProvider}
    disableTelemetry
    requireAuth={false}
  >
    <Resource name="resolutions" {...resolutions} recordRepresentation="symbol" />
    <Resource name="documents" {...documents} recordRepresentation="symbol" />
    <Resource name="sessions" {...sessions} />
  </Admin>
);
