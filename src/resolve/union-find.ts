// Disjoint sets over string keys. The root of a set is its smallest key, so results never
// depend on the order unions were made in.
import { byCodeUnit } from './ids.ts';

export class UnionFind {
  private readonly parent = new Map<string, string>();

  add(key: string): void {
    if (!this.parent.has(key)) this.parent.set(key, key);
  }

  has(key: string): boolean {
    return this.parent.has(key);
  }

  find(key: string): string {
    this.add(key);
    let root = key;
    while (this.parent.get(root) !== root) root = this.parent.get(root)!;
    let at = key;
    while (at !== root) {
      const next = this.parent.get(at)!;
      this.parent.set(at, root);
      at = next;
    }
    return root;
  }

  /** Joins the sets of a and b; returns false when they were already one. */
  union(a: string, b: string): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return false;
    if (byCodeUnit(ra, rb) < 0) this.parent.set(rb, ra);
    else this.parent.set(ra, rb);
    return true;
  }

  /** Every set, each sorted, the sets ordered by their smallest key. */
  groups(): string[][] {
    const byRoot = new Map<string, string[]>();
    for (const key of [...this.parent.keys()].sort(byCodeUnit)) {
      const root = this.find(key);
      let members = byRoot.get(root);
      if (!members) byRoot.set(root, (members = []));
      members.push(key);
    }
    return [...byRoot.values()].sort((a, b) => byCodeUnit(a[0], b[0]));
  }
}
