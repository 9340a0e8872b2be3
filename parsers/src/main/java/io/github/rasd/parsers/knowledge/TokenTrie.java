package io.github.rasd.parsers.knowledge;

import io.github.rasd.parsers.internal.Lookup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie over token keys (normalized token texts): each path spells a name, each node ends the
 * names it holds. Package-private engine of {@link Gazetteer}; frozen after building.
 */
final class TokenTrie {

  /** One node: children by token key, the entries of the name ending here. */
  static final class Node {
    private Map<String, Node> children = Map.of();
    private List<KnowledgeEntry> entries = List.of();
    private String key = "";

    Node child(String tokenKey) {
      return children.get(tokenKey);
    }

    List<KnowledgeEntry> entries() {
      return entries;
    }

    /** The name ending at this node, its token keys joined by a space. */
    String key() {
      return key;
    }
  }

  private final Node root = new Node();
  private int maxDepth;

  Node root() {
    return root;
  }

  /** Length in tokens of the longest name. */
  int maxDepth() {
    return maxDepth;
  }

  void add(List<String> tokenKeys, KnowledgeEntry entry) {
    Node node = root;
    for (String k : tokenKeys) {
      if (node.children.isEmpty()) {
        node.children = new HashMap<>(4);
      }
      node = node.children.computeIfAbsent(k, x -> new Node());
    }
    if (node.entries.isEmpty()) {
      node.entries = new ArrayList<>(1);
      node.key = String.join(" ", tokenKeys);
    }
    if (!node.entries.contains(entry)) {
      node.entries.add(entry);
    }
    maxDepth = Math.max(maxDepth, tokenKeys.size());
  }

  /** Makes every node's lists and maps immutable. */
  void freeze() {
    freeze(root);
  }

  private static void freeze(Node node) {
    node.entries = List.copyOf(node.entries);
    for (Node c : node.children.values()) {
      freeze(c);
    }
    node.children = Lookup.map(node.children); // the root holds every first word: hashed lookups
  }
}
