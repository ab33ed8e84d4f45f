export * from './problemCard.ts'
export * from './rest.ts'
