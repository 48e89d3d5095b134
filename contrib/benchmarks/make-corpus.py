#!/usr/bin/env python3
"""Writes a synthetic national corpus of MSHT answers for benchmarking forcebench.

    contrib/benchmarks/make-corpus.py N OUTDIR [SEED]

OUTDIR becomes a study folder (Pipelines/ and Inputs/ copied from the repository, N documents
in Inputs/documents/). The documents imitate the kinds of answer the 43 forces send (FOI
letters, disclosure-log web pages, PCC decision records, panel reports, modern-slavery
statements) with the furniture and distractors of real ones (cost limits, precepts, crime
counts, seized cash, other victim-service grants, no-break spaces, curly quotes, CRLF files),
so ingest does the work it does on real answers. Every sentence is generated here; none is
taken from a real page. The same N and SEED always give byte-identical files.
"""

import csv
import os
import random
import shutil
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

TEAMS = ["Modern Slavery Unit", "Human Trafficking Team", "Exploitation Hub",
         "Modern Slavery and Human Trafficking Team", "Complex Exploitation Team"]
RANKS = ["Detective Inspector", "Detective Sergeants", "Detective Constables", "police staff investigators",
         "analysts", "Police Constables"]
GRANTS = ["a counselling service for survivors of rape", "restorative justice", "a domestic abuse helpline",
          "independent sexual violence advisers", "a youth diversion scheme", "a neighbourhood watch project"]
BOILER = [
    "Under section 1 of the Freedom of Information Act 2000 a public authority must say whether it holds the information and, if it does, supply it.",
    "The Act is motive blind: a disclosure under it is a disclosure to the world, not to one person.",
    "If you are unhappy with the way your request has been handled you may ask for an internal review within 40 working days.",
    "You may also complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow.",
    "Information that is reasonably accessible to you by other means is exempt under section 21.",
    "The cost of locating and extracting information is limited to £450, or 18 hours of work, under section 12.",
]

FILLER = [
    "%s remains committed to working with partners across the region to protect vulnerable people.",
    "Further information about the work of %s is published on our website and in the Police and Crime Plan.",
    "Officers of %s receive training to recognise the signs of exploitation during routine patrols and visits.",
    "%s works with local authorities, health services and charities through the community safety partnership.",
    "Victims are supported to give evidence through special measures and the help of independent advocates; %s reviews every case.",
    "The strategic assessment produced by %s each spring sets the priorities for the year ahead.",
    "Information about how %s handles your personal data is in the privacy notice on our website.",
    "%s publishes its disclosure log so that answers given to one requester are available to everyone.",
    "Neighbourhood teams in %s visit car washes, nail bars and farms with partner agencies during days of action.",
    "The regional organised crime unit supports %s with intelligence and specialist capabilities when needed.",
]


def money(r):
    value = r.choice([r.randint(2, 99) * 1000, r.randint(10, 900) * 500, r.randint(1, 40) * 25000])
    style = r.random()
    if style < 0.2 and value >= 100000:
        return "£%.1fm" % (value / 1e6) if value % 100000 else "£%d,000" % (value // 1000)
    if style < 0.3:
        return "£\u00a0{:,}".format(value)
    return "£{:,}".format(value)


def year(r):
    start = r.randint(2015, 2024)
    return "%d/%02d" % (start, (start + 1) % 100)


def sentences(r, force, kind):
    team = r.choice(TEAMS)
    out = []
    if kind in ("foi", "html"):
        out.append("Request: Please tell me how much %s spent on tackling modern slavery and human trafficking in each of the last three financial years, and how many officers work on it." % force)
        out.append("Response: %s can confirm that it holds some of the information you asked for." % force)
    for _ in range(r.randint(12, 30)):
        pick = r.random()
        if pick < 0.18:
            out.append("In %s the force spent %s on its %s, which investigates modern slavery and human trafficking." % (year(r), money(r), team))
        elif pick < 0.32:
            out.append("The %s has %d %s and %d %s." % (team, r.randint(1, 12), r.choice(RANKS), r.randint(1, 5), r.choice(RANKS)))
        elif pick < 0.42:
            out.append("There is no specific budget for modern slavery; the work is absorbed within the Public Protection budget.")
        elif pick < 0.52:
            out.append("The Commissioner awarded %s to %s in %s." % (money(r), r.choice(GRANTS), year(r)))
        elif pick < 0.60:
            out.append("The council tax precept for %s rose to %s for a Band D property." % (year(r), money(r)))
        elif pick < 0.68:
            out.append("In %s there were %d recorded modern slavery offences and %d referrals to the National Referral Mechanism." % (year(r), r.randint(10, 400), r.randint(5, 300)))
        elif pick < 0.75:
            out.append("Operation %s seized %s in cash from an organised crime group." % (r.choice(["Aurora", "Beacon", "Kestrel", "Willow"]), money(r)))
        elif pick < 0.85:
            out.append("The Police and Crime Commissioner\u2019s grant of %s funds an independent child trafficking guardian for %s." % (money(r), year(r)))
        elif pick < 0.92:
            out.append("Officers tackling county lines and child criminal exploitation are funded from the force\u2019s core budget, so their cost cannot be separated.")
        else:
            out.append("The force does not hold a breakdown of costs for the %s; staff also cover other areas of public protection." % team)
    out.extend(r.sample(BOILER, r.randint(3, 6)))
    return out


def document(r, force, kind):
    body = sentences(r, force, kind)
    filler = [line % force for line in r.sample(FILLER, r.randint(5, 9))]
    if kind == "html":
        items = "\n".join("<p>%s</p>" % s for s in body + filler)
        return ("<!DOCTYPE html>\n<html><head><title>FOI disclosure: modern slavery resources | %s</title></head>\n"
                "<body><nav><ul><li>Home</li><li>About us</li><li>Disclosure log</li></ul></nav>\n"
                "<h1>Freedom of Information disclosure log</h1>\n<h2>%s</h2>\n%s\n"
                "<footer>Cookies help us improve this site. %s</footer></body></html>\n") % (force, force, items, force)
    if kind == "decision":
        head = "# Office of the Police and Crime Commissioner for %s\n\n## Decision record: funding for exploitation work\n\n" % force.replace(" Police", "")
        return head + "\n\n".join(body + filler) + "\n\nSigned: Police and Crime Commissioner\n"
    if kind == "panel":
        head = "%s Police and Crime Panel\nReport of the Chief Executive\n\n" % force.replace(" Police", "")
        return head + "\n".join("%d. %s" % (i + 1, s) for i, s in enumerate(body + filler)) + "\n"
    if kind == "statement":
        head = "%s Modern Slavery and Human Trafficking Statement\n\n" % force
        return head + "\n\n".join(body[2:] + filler) + "\n"
    head = "%s\nFreedom of Information Request Reference No: %06d\n\n" % (force, r.randint(1, 999999))
    return head + "\n\n".join(body + filler) + "\n\nYours sincerely,\nInformation Compliance Unit, %s\n" % force


def main():
    if len(sys.argv) < 3:
        sys.exit("usage: make-corpus.py N OUTDIR [SEED]")
    count, out = int(sys.argv[1]), sys.argv[2]
    r = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 2026)
    with open(os.path.join(ROOT, "Inputs/reference/forces.csv"), newline="") as f:
        forces = [(row["force_id"], row["name"]) for row in csv.DictReader(f) if row["type"] == "territorial"]
    docs = os.path.join(out, "Inputs", "documents")
    os.makedirs(docs, exist_ok=True)
    shutil.copytree(os.path.join(ROOT, "Pipelines"), os.path.join(out, "Pipelines"), dirs_exist_ok=True)
    for item in os.listdir(os.path.join(ROOT, "Inputs")):
        if item != "documents":
            src = os.path.join(ROOT, "Inputs", item)
            dst = os.path.join(out, "Inputs", item)
            (shutil.copytree(src, dst, dirs_exist_ok=True) if os.path.isdir(src) else shutil.copy(src, dst))
    kinds = [("foi", "txt"), ("html", "html"), ("decision", "md"), ("panel", "txt"), ("statement", "txt")]
    for n in range(count):
        force_id, name = forces[n % len(forces)]
        kind, ext = kinds[r.randrange(len(kinds))]
        label = {"html": "foi", "panel": "panel-report", "statement": "modern-slavery-statement"}.get(kind, kind)
        date = "%d-%02d-%02d" % (r.randint(2016, 2025), r.randint(1, 12), r.randint(1, 28))
        text = document(r, name, kind)
        newline = "\r\n" if r.random() < 0.1 else "\n"
        path = os.path.join(docs, "%s-%s-%s-%06d.%s" % (force_id, date, label, n, ext))
        with open(path, "w", encoding="utf-8", newline=newline) as f:
            f.write(text)


if __name__ == "__main__":
    main()
