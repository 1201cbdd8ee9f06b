// Ink 6.8 imports react-devtools-core statically (ink#886); the bundle never runs devtools,
// so this stub keeps the import resolvable without shipping the real package.
export default { initialize() {}, connectToDevTools() {} };
