// Loaded by the ADR 0001 CSP test into an iframe whose policy forbids inline
// scripts and styles; it defines the light-DOM field there.
import './light-field.js';
