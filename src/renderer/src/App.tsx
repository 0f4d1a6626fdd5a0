export function App() {
  return <main>Counterpoint</main>;
}
