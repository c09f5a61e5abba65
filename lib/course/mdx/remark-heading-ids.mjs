import { visit } from 'unist-util-visit';

const ID_COMMENT = /^\/\*\s*([a-z0-9]+(?:-[a-z0-9]+)*)\s*\*\/$/;

/**
 * Gives every heading the stable ID written after it as an MDX comment:
 * `## Session kya hota hai? {/*what-is-a-session*\/}`. Both language versions of a
 * lesson carry the same IDs, so links and the language switch keep their anchors.
 */
export default function remarkHeadingIds() {
  return (tree, file) => {
    visit(tree, 'heading', (node) => {
      const last = node.children.at(-1);
      const match = last?.type === 'mdxTextExpression' ? ID_COMMENT.exec(last.value.trim()) : null;
      if (!match) {
        if (node.depth >= 2) file.fail(`Heading without a stable {/*id*/} comment at line ${node.position?.start.line}`, node);
        return;
      }
      node.children.pop();
      const before = node.children.at(-1);
      if (before?.type === 'text') before.value = before.value.trimEnd();
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id: match[1] } };
    });
  };
}
