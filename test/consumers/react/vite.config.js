// JSX with React's automatic runtime, without @vitejs/plugin-react (no fast refresh needed).
export default { esbuild: { jsx: 'automatic' } };
