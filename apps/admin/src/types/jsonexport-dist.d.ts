// jsonexport's browser build (the one react-admin itself uses) has the same API as its Node entry.
declare module 'jsonexport/dist' {
  import jsonexport from 'jsonexport';
  export default jsonexport;
}
