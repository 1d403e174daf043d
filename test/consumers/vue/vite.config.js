// Templates compiled in the browser (Vue's full build), without @vitejs/plugin-vue.
export default { resolve: { alias: { vue: 'vue/dist/vue.esm-bundler.js' } } };
