// The newsbrief page: collects articles, calls POST /v1/summarize, shows where each sentence
// comes from. Article text only ever reaches the page through textContent, never as markup.
"use strict";

const articles = document.getElementById("articles");
const template = document.getElementById("article-template");
const statusLine = document.getElementById("status");

function addArticle(title = "", text = "", file = null) {
  const item = template.content.firstElementChild.cloneNode(true);
  item.querySelector(".article-title").value = title;
  const body = item.querySelector(".article-text");
  body.value = text;
  if (file) {
    // A dropped file is sent as it is (HTML and PDF are extracted by the server), so it is not edited here.
    item.dataset.fileName = file.name;
    item.dataset.format = /\.html?$/i.test(file.name) ? "html" : /\.pdf$/i.test(file.name) ? "pdf" : "text";
    body.readOnly = true;
    body.rows = 2;
    body.classList.add("article-file");
    item.querySelector(".article-title").placeholder = file.name;
  }
  item.querySelector(".remove-article").addEventListener("click", () => item.remove());
  articles.append(item);
  return item;
}

async function addFiles(fileList) {
  for (const file of fileList) {
    if (!/\.(txt|text|md|markdown|html?|pdf)$/i.test(file.name)) {
      showError(`${file.name}: only .txt, .md, .html and .pdf files can be added`);
      continue;
    }
    if (/\.pdf$/i.test(file.name)) {
      // The file itself goes to the server, in base64; the box says what it is.
      const item = addArticle("", `PDF file, ${Math.ceil(file.size / 1024)} KB: its text is read by the server`, file);
      item.dataset.pdf = await base64Of(file);
      continue;
    }
    addArticle("", await file.text(), file);
  }
  // Empty pasted boxes left over would only be refused by the server.
  for (const item of articles.querySelectorAll(".article")) {
    if (!item.dataset.fileName && !item.querySelector(".article-text").value.trim()) item.remove();
  }
}

async function base64Of(file) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  // In slices: spreading a whole file into one call would pass too many arguments.
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return btoa(binary);
}

function documentsFromForm() {
  const used = new Set();
  const documents = [];
  articles.querySelectorAll(".article").forEach((item, index) => {
    const text = item.querySelector(".article-text").value;
    if (!text.trim()) return;
    const title = item.querySelector(".article-title").value.trim() || null;
    let id = item.dataset.fileName ? item.dataset.fileName.replace(/\.[^.]+$/, "") : `article-${index + 1}`;
    for (let n = 2; used.has(id); n++) id = `${id}-${n}`;
    used.add(id);
    const record = { id, title };
    if (item.dataset.format === "pdf") record.pdf = item.dataset.pdf;
    else record[item.dataset.format === "html" ? "html" : "text"] = text;
    documents.push(record);
  });
  return documents;
}

function showError(message) {
  statusLine.textContent = message;
  statusLine.classList.add("error");
}

function showStatus(message) {
  statusLine.textContent = message;
  statusLine.classList.remove("error");
}

async function summarize(event) {
  event.preventDefault();
  const documents = documentsFromForm();
  if (documents.length === 0) {
    showError("Add at least one article.");
    return;
  }
  const request = {
    id: "page",
    documents,
    method: document.getElementById("method").value,
    with_texts: true,
  };
  request[document.getElementById("unit").value] = Number(document.getElementById("limit").value);
  // Left out when empty: the server then writes a generic brief in most articles' language.
  const query = document.getElementById("query").value.trim();
  if (query) request.query = query;
  const language = document.getElementById("language").value;
  if (language) request.language = language;
  showStatus(`Summarizing ${documents.length} article${documents.length === 1 ? "" : "s"}…`);
  let response;
  try {
    response = await fetch("/v1/summarize", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(request),
    });
  } catch (error) {
    showError(`The server could not be reached: ${error.message}`);
    return;
  }
  const answer = await response.json().catch(() => ({ error: `the server answered ${response.status}` }));
  if (!response.ok) {
    showError(`Not summarized: ${answer.error}`);
    return;
  }
  showStatus("");
  showSummary(answer);
}

function showSummary(result) {
  const list = document.getElementById("summary");
  const warnings = document.getElementById("warnings");
  list.replaceChildren();
  warnings.replaceChildren();
  document.getElementById("evidence").hidden = true;
  const total = result.documents.length;
  result.summary.forEach((sentence) => {
    const item = document.createElement("li");
    item.className = "summary-sentence";
    item.tabIndex = 0;
    item.append(sentence.text);
    const support = document.createElement("span");
    support.className = "support";
    support.textContent = `${sentence.support} of ${total} source${total === 1 ? "" : "s"}`;
    item.append(support);
    const figures = figureNotes(sentence.other_figures);
    if (figures) {
      const note = document.createElement("span");
      note.className = "figures";
      note.textContent = figures;
      item.append(note);
    }
    const open = () => showEvidence(sentence, result.documents, item);
    item.addEventListener("click", open);
    item.addEventListener("keydown", (event) => { if (event.key === "Enter") open(); });
    list.append(item);
  });
  for (const warning of result.warnings) {
    const item = document.createElement("li");
    item.textContent = warning;
    warnings.append(item);
  }
  if (result.summary.length === 0) showStatus("Nothing to summarize: no article text was found.");
  document.getElementById("result").hidden = false;
}

// "2 sources say 248 people": figures that sources carrying the sentence give instead of its own,
// and, where the dates tell it, how many of those sources were published after the sentence's
// own: "1 source says 248 people (1 published later)".
function figureNotes(otherFigures) {
  const sayers = new Map();
  for (const other of otherFigures) {
    if (!sayers.has(other.figure)) sayers.set(other.figure, []);
    sayers.get(other.figure).push(other.published_later);
  }
  return [...sayers].map(([figure, when]) => {
    const note = `${when.length} source${when.length === 1 ? " says" : "s say"} ${figure}`;
    const later = when.filter((value) => value === true).length;
    const earlier = when.filter((value) => value === false).length;
    const dated = [later ? `${later} published later` : "", earlier ? `${earlier} earlier` : ""].filter(Boolean);
    return dated.length ? `${note} (${dated.join(", ")})` : note;
  }).join("; ");
}

function showEvidence(sentence, documents, selectedItem) {
  document.querySelectorAll("#summary li").forEach((item) => item.classList.toggle("selected", item === selectedItem));
  const byId = new Map(documents.map((doc) => [doc.id, doc]));
  const panel = document.getElementById("evidence-documents");
  panel.replaceChildren();
  document.getElementById("evidence-heading").textContent =
    `Carried by ${sentence.support} of ${documents.length} source${documents.length === 1 ? "" : "s"}`;
  for (const evidence of sentence.evidence) {
    const source = byId.get(evidence.document);
    const section = document.createElement("section");
    section.className = "source";
    section.dataset.document = evidence.document;
    const heading = document.createElement("h3");
    const name = source.title ? `${source.title} (${source.id})` : source.id;
    // A web page's own address (its canonical link) opens where it was published.
    if (source.url && /^https?:\/\//i.test(source.url)) {
      const link = document.createElement("a");
      link.href = source.url;
      link.textContent = name;
      link.target = "_blank";
      link.rel = "noopener noreferrer";
      heading.append(link);
    } else {
      heading.textContent = name;
    }
    if (source.published) {
      const published = document.createElement("span");
      published.className = "published";
      published.textContent = `published ${source.published}`;
      heading.append(" ", published);
    }
    const text = document.createElement("div");
    text.className = "source-text";
    // The evidence sentence is a verbatim substring of the cleaned text the server returned.
    const start = source.text.indexOf(evidence.text);
    if (start < 0) {
      text.textContent = source.text;
    } else {
      const mark = document.createElement("mark");
      mark.textContent = evidence.text;
      text.append(source.text.slice(0, start), mark, source.text.slice(start + evidence.text.length));
    }
    section.append(heading, text);
    panel.append(section);
  }
  document.getElementById("evidence").hidden = false;
  // Scroll each source box to its highlight, leaving the page itself where the reader is.
  panel.querySelectorAll(".source-text").forEach((box) => {
    const mark = box.querySelector("mark");
    if (mark) box.scrollTop = mark.offsetTop - box.clientHeight / 3;  // the box is the offset parent
  });
}

const dropZone = document.getElementById("drop-zone");
dropZone.addEventListener("dragover", (event) => { event.preventDefault(); dropZone.classList.add("dragging"); });
dropZone.addEventListener("dragleave", () => dropZone.classList.remove("dragging"));
dropZone.addEventListener("drop", (event) => {
  event.preventDefault();
  dropZone.classList.remove("dragging");
  addFiles(event.dataTransfer.files);
});
document.getElementById("files").addEventListener("change", (event) => addFiles(event.target.files));
document.getElementById("add-article").addEventListener("click", () => addArticle().querySelector("textarea").focus());
document.getElementById("brief-form").addEventListener("submit", summarize);
addArticle();
addArticle();
