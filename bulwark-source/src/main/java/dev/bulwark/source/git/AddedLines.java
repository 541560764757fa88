package dev.bulwark.source.git;

import java.util.BitSet;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;

/** The lines (1-based) a change added to a file, from a histogram diff of the two versions. */
final class AddedLines {
  private AddedLines() {}

  static BitSet between(byte[] before, byte[] after) {
    BitSet added = new BitSet();
    EditList edits =
        DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM)
            .diff(RawTextComparator.DEFAULT, new RawText(before), new RawText(after));
    for (Edit edit : edits) {
      added.set(edit.getBeginB() + 1, edit.getEndB() + 1);
    }
    return added;
  }
}
