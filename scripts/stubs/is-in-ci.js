// Ink 6 renders only the last frame when any CI / CI_* variable is set (ink-field-guide §2.2).
// iamtutor already refuses to start without a real terminal, so a stray CI_JOB_TOKEN in a
// learner's shell must not freeze the screen.
export default false;
