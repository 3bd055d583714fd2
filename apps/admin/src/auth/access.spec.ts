import { roleCanAccess } from './access';

describe('roleCanAccess', () => {
  it('lets every role read, editors change records, committee officers write notes, and auditors nothing', () => {
    expect(roleCanAccess('AUDITOR', 'obligations', 'list')).toBe(true);
    expect(roleCanAccess('AUDITOR', 'obligations', 'edit')).toBe(false);
    expect(roleCanAccess('AUDITOR', 'obligation-notes', 'create')).toBe(false);
    expect(roleCanAccess('COMMITTEE_OFFICER', 'obligation-notes', 'create')).toBe(true);
    expect(roleCanAccess('COMMITTEE_OFFICER', 'resolutions', 'create')).toBe(false);
    expect(roleCanAccess('SECRETARIAT_EDITOR', 'resolutions', 'delete')).toBe(true);
    expect(roleCanAccess('SECRETARIAT_EDITOR', 'sessions', 'edit')).toBe(false);
    expect(roleCanAccess('SECRETARIAT_EDITOR', 'users', 'list')).toBe(false);
    expect(roleCanAccess('ADMINISTRATOR', 'users', 'edit')).toBe(true);
    expect(roleCanAccess('ADMINISTRATOR', 'sessions', 'delete')).toBe(true);
  });

  it('keeps the Offices screen and its suggestion rules to administrators (the picker reads offices through the API)', () => {
    expect(roleCanAccess('SECRETARIAT_EDITOR', 'offices', 'list')).toBe(false);
    expect(roleCanAccess('SECRETARIAT_EDITOR', 'office-suggestion-rules', 'edit')).toBe(false);
    expect(roleCanAccess('ADMINISTRATOR', 'offices', 'create')).toBe(true);
    expect(roleCanAccess('ADMINISTRATOR', 'office-suggestion-rules', 'edit')).toBe(true);
  });
});
