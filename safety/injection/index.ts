export { findStructuralInjection, STRUCTURAL_MARKERS, type StructuralMarker } from './structural.js';
