// Insights: with and without, year in pixels, markers, the sense of self per person. SQL over
// the open journal, shared by the app, the command line and the therapist summary; every claim
// of difference through the one comparison in ../trends/compare.ts.
export { SESSION_LABEL, compareMarkers, listMarkers, markerSides } from './markers';
export { yearInPixels } from './pixels';
export { selfByPerson } from './self';
export { withWithout, withWithoutRows } from './with-without';
export {
  readInsights,
  readMarkerComparisons,
  readMarkers,
  readPixels,
  readSelfByPerson,
  readWithWithout,
} from './journal';
