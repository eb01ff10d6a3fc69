/** RAG ratings shown in words with colour and shape, and the colours for charts. */
export { RagBadge, type RagBadgeProps } from './rag-badge';
export { RAG_COLOURS, RAG_ORDER } from './rag-colours';
