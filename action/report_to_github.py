#!/usr/bin/env python3
"""Turns a Bulwark JSON report into GitHub Actions output.

Writes the step outputs (score, grade, findings-count, sarif-file, report-file, gate), the job
summary (score, grade, category bars, top findings), annotations (errors for critical/high,
warnings for medium), and optionally a pull-request comment that is updated in place (found by a
hidden marker). Exit status: 0 thresholds met, 1 thresholds failed, 2 bad usage or input.

Only the Python 3 standard library is used: it runs on any GitHub-hosted runner as is.
"""

import argparse
import json
import os
import sys
import urllib.error
import urllib.request

SEVERITIES = ["critical", "high", "medium", "low", "info"]
ICONS = {"critical": "🟥", "high": "🟧", "medium": "🟨", "low": "🟦", "info": "⬜"}
MARKER = "<!-- bulwark-action-report -->"
BAR_WIDTH = 20


class UsageError(Exception):
    """Bad arguments or an unreadable report: exit status 2."""


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--report", required=True, help="the JSON report of the scan")
    parser.add_argument("--sarif", default="", help="the SARIF file, passed through to outputs")
    parser.add_argument("--fail-below", default="", help="fail when the score is below this")
    parser.add_argument("--fail-on", default="", help="fail on findings of this severity or worse")
    parser.add_argument("--comment", default="false", help="post or update a PR comment")
    parser.add_argument("--max-annotations", type=int, default=50)
    parser.add_argument("--top", type=int, default=10, help="findings listed in the summary")
    return parser.parse_args(argv)


def load_report(path):
    try:
        with open(path, encoding="utf-8") as handle:
            report = json.load(handle)
    except (OSError, ValueError) as error:
        raise UsageError("cannot read the report %s: %s" % (path, error)) from error
    if not isinstance(report, dict) or "score" not in report or "findings" not in report:
        raise UsageError("%s is not a Bulwark JSON report (no score or findings)" % path)
    return report


def gate_score(report):
    """The score thresholds judge: the baseline's (new findings only) when there is one."""
    baseline = report.get("baseline")
    if isinstance(baseline, dict) and isinstance(baseline.get("score"), dict):
        return int(baseline["score"].get("value", report["score"]["value"]))
    return int(report["score"]["value"])


def judge(report, fail_below, fail_on):
    """The reasons the thresholds fail; empty when they are met."""
    reasons = []
    if fail_below != "":
        try:
            threshold = int(fail_below)
        except ValueError as error:
            raise UsageError("fail-below must be a number from 0 to 100: " + fail_below) from error
        score = gate_score(report)
        if score < threshold:
            reasons.append("score %d is below %d" % (score, threshold))
    if fail_on not in ("", "none"):
        level = fail_on.lower()
        if level not in SEVERITIES:
            raise UsageError("fail-on must be one of " + ", ".join(SEVERITIES) + ": " + fail_on)
        worst = SEVERITIES[: SEVERITIES.index(level) + 1]
        hits = [f for f in report["findings"] if f.get("severity") in worst]
        if hits:
            reasons.append("%d findings at %s or worse" % (len(hits), level))
    return reasons


def sorted_findings(report):
    def key(finding):
        severity = finding.get("severity", "info")
        rank = SEVERITIES.index(severity) if severity in SEVERITIES else len(SEVERITIES)
        location = finding.get("location", {})
        return (rank, location.get("file", location.get("path", "")), location.get("line", 0),
                finding.get("ruleId", ""))

    return sorted(report["findings"], key=key)


def where(finding):
    location = finding.get("location", {})
    kind = location.get("kind")
    if kind == "source":
        return "%s:%s" % (location.get("file", "?"), location.get("line", "?"))
    if kind == "spec":
        operation = " ".join(p for p in (location.get("method"), location.get("path")) if p)
        return operation or "%s#%s" % (location.get("file", "?"), location.get("pointer", ""))
    if kind == "http":
        return "%s %s" % (location.get("method", ""), location.get("path", location.get("url", "")))
    return "?"


def md(text):
    """Text made safe for a markdown table cell: no pipes, no newlines, no HTML."""
    text = str(text).replace("\r", " ").replace("\n", " ").replace("|", "\\|")
    return text.replace("<", "&lt;").replace(">", "&gt;")


def bar(score):
    filled = round(score * BAR_WIDTH / 100)
    return "█" * filled + "░" * (BAR_WIDTH - filled)


def severity_counts(findings):
    counts = {s: 0 for s in SEVERITIES}
    for finding in findings:
        if finding.get("severity") in counts:
            counts[finding["severity"]] += 1
    return counts


def render_markdown(report, reasons, top, heading="## Bulwark API security scan"):
    score = report["score"]
    findings = sorted_findings(report)
    counts = severity_counts(findings)
    status = "❌ thresholds failed: " + "; ".join(reasons) if reasons else "✅ thresholds met"
    lines = [heading, "",
             "**Score: %s/100 · grade %s** · %s" % (score["value"], score["grade"], status), ""]
    baseline = report.get("baseline")
    if isinstance(baseline, dict):
        lines += ["Baseline `%s`: %s new, %s already accepted (score of the new findings: %s)."
                  % (md(baseline.get("file", "")), baseline.get("newFindings", "?"),
                     baseline.get("acceptedFindings", "?"), gate_score(report)), ""]
    lines.append(" · ".join("%s %s %d" % (ICONS[s], s, counts[s]) for s in SEVERITIES))
    lines += ["", "| category | score | findings |", "|---|---|---|"]
    for name, category in sorted(score.get("categories", {}).items()):
        if category.get("assessed") and "score" in category:
            value = category["score"]
            lines.append("| %s | `%s` %d | %d |" % (md(name), bar(value), value,
                                                    category.get("findings", 0)))
        else:
            lines.append("| %s | not assessed | %d |" % (md(name), category.get("findings", 0)))
    if findings:
        lines += ["", "### Top findings", "", "| severity | rule | where | message |",
                  "|---|---|---|---|"]
        for finding in findings[:top]:
            lines.append("| %s %s | `%s` | %s | %s |" % (
                ICONS.get(finding.get("severity"), ""), finding.get("severity", ""),
                md(finding.get("ruleId", "")), md(where(finding)), md(finding.get("message", ""))))
        if len(findings) > top:
            lines += ["", "…and %d more in the full report." % (len(findings) - top)]
    else:
        lines += ["", "No findings."]
    errors = report.get("errors", [])
    if errors:
        lines += ["", "%d parts of the scan reported errors (see the report)." % len(errors)]
    return "\n".join(lines) + "\n"


def escape_data(text):
    return str(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text):
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def source_prefixes(report, workspace):
    """Directories the source findings' files are relative to, as paths from the workspace."""
    prefixes = []
    for target in report.get("scan", {}).get("targets", []):
        if target.get("kind") == "source":
            ref = os.path.normpath(target.get("ref", "."))
            if os.path.isabs(ref) and workspace:
                ref = os.path.relpath(ref, workspace)
            prefixes.append("" if ref == "." else ref)
    return prefixes


def annotation_file(finding, prefixes, workspace):
    location = finding.get("location", {})
    file = location.get("file")
    if not file:
        return None
    if location.get("kind") != "source" or not prefixes:
        return file
    for prefix in prefixes:
        candidate = os.path.join(prefix, file) if prefix else file
        if len(prefixes) == 1 or os.path.exists(os.path.join(workspace or ".", candidate)):
            return candidate.replace(os.sep, "/")
    return file


def annotations(report, workspace, limit):
    """Workflow commands: errors for critical/high, warnings for medium."""
    prefixes = source_prefixes(report, workspace)
    out = []
    for finding in sorted_findings(report):
        severity = finding.get("severity")
        if severity in ("critical", "high"):
            command = "error"
        elif severity == "medium":
            command = "warning"
        else:
            continue
        if len(out) == limit:
            break
        props = ["title=" + escape_property("Bulwark %s (%s)" % (finding.get("ruleId", ""), severity))]
        file = annotation_file(finding, prefixes, workspace)
        if file:
            props.insert(0, "file=" + escape_property(file))
            line = finding.get("location", {}).get("line")
            if isinstance(line, int) and line > 0:
                props.insert(1, "line=" + str(line))
        message = finding.get("message", "")
        if finding.get("location", {}).get("kind") == "http":
            message = "%s: %s" % (where(finding), message)
        if finding.get("remediation"):
            message += "\n" + finding["remediation"]
        out.append("::%s %s::%s" % (command, ",".join(props), escape_data(message)))
    return out


def append(path, text):
    if path:
        with open(path, "a", encoding="utf-8") as handle:
            handle.write(text)


def write_outputs(path, values):
    lines = []
    for name, value in values.items():
        value = str(value)
        if "\n" in value:
            lines.append("%s<<BULWARK_EOF\n%s\nBULWARK_EOF\n" % (name, value))
        else:
            lines.append("%s=%s\n" % (name, value))
    append(path, "".join(lines))


def pull_request_number():
    event_path = os.environ.get("GITHUB_EVENT_PATH", "")
    if not event_path or not os.path.exists(event_path):
        return None
    with open(event_path, encoding="utf-8") as handle:
        event = json.load(handle)
    number = (event.get("pull_request") or {}).get("number")
    if number is None and "pull_request" in (event.get("issue") or {}):
        number = event["issue"].get("number")
    return number


def github_request(method, url, token, body=None):
    data = json.dumps(body).encode("utf-8") if body is not None else None
    request = urllib.request.Request(url, data=data, method=method)
    request.add_header("Accept", "application/vnd.github+json")
    request.add_header("X-GitHub-Api-Version", "2022-11-28")
    request.add_header("User-Agent", "bulwark-action")
    if token:
        request.add_header("Authorization", "Bearer " + token)
    if data is not None:
        request.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(request, timeout=30) as reply:
        payload = reply.read()
    return json.loads(payload) if payload else None


def upsert_comment(body):
    """Creates the PR comment, or updates the one that carries the marker. Returns what it did."""
    number = pull_request_number()
    if number is None:
        return "skipped (not a pull request)"
    api = os.environ.get("GITHUB_API_URL", "https://api.github.com").rstrip("/")
    repo = os.environ.get("GITHUB_REPOSITORY", "")
    token = os.environ.get("GITHUB_TOKEN", "")
    if not repo:
        raise UsageError("GITHUB_REPOSITORY is not set")
    text = MARKER + "\n" + body
    page = 1
    while True:
        comments = github_request(
            "GET", "%s/repos/%s/issues/%s/comments?per_page=100&page=%d" % (api, repo, number, page),
            token) or []
        for comment in comments:
            if MARKER in (comment.get("body") or ""):
                github_request("PATCH", "%s/repos/%s/issues/comments/%s" % (api, repo, comment["id"]),
                               token, {"body": text})
                return "updated"
        if len(comments) < 100:
            break
        page += 1
    github_request("POST", "%s/repos/%s/issues/%s/comments" % (api, repo, number), token,
                   {"body": text})
    return "created"


def main(argv):
    try:
        args = parse_args(argv)
        report = load_report(args.report)
        reasons = judge(report, args.fail_below.strip(), args.fail_on.strip())
    except UsageError as error:
        print("::error title=Bulwark::" + escape_data(error), flush=True)
        return 2
    workspace = os.environ.get("GITHUB_WORKSPACE", os.getcwd())
    findings = report["findings"]
    write_outputs(os.environ.get("GITHUB_OUTPUT"), {
        "score": report["score"]["value"],
        "grade": report["score"]["grade"],
        "findings-count": len(findings),
        "sarif-file": args.sarif,
        "report-file": args.report,
        "gate": "failed" if reasons else "passed",
    })
    summary = render_markdown(report, reasons, args.top)
    append(os.environ.get("GITHUB_STEP_SUMMARY"), summary)
    for line in annotations(report, workspace, args.max_annotations):
        print(line)
    if args.comment.strip().lower() in ("true", "yes", "1"):
        try:
            print("Bulwark pull-request comment: " + upsert_comment(summary))
        except (urllib.error.URLError, OSError, ValueError) as error:
            # A fork's token cannot comment; that must not hide the scan's own result.
            print("::warning title=Bulwark::cannot post the pull-request comment: "
                  + escape_data(error))
        except UsageError as error:
            print("::warning title=Bulwark::" + escape_data(error))
    print("Bulwark score %s/100, grade %s, %d findings%s" % (
        report["score"]["value"], report["score"]["grade"], len(findings),
        ("; thresholds failed: " + "; ".join(reasons)) if reasons else ""), flush=True)
    return 1 if reasons else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
