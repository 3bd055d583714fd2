import { Admin, Resource } from 'react-admin';
import { i18nProvider } from './i18n/i18nProvider';
import { dataProvider } from './providers/dataProvider';
import resolutions from './resolutions';

export const App = () => (
  <Admin
    title="UN Mandate Tracker"
    dataProvider={dataProvider}
    i18nProvider={i18nProvider}
    disableTelemetry
    requireAuth={false}
  >
    <Resource name="resolutions" {...resolutions} recordRepresentation="symbol" />
  </Admin>
);
