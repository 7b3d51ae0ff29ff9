// Suggestions while typing in the search boxes (progressive enhancement: without this script the
// search form works as is). ARIA 1.2 combobox pattern: the input owns a listbox of links.
(function () {
  "use strict";

  function setUp(input, index) {
    var list = document.createElement("ul");
    list.id = "suggest-list-" + index;
    list.className = "suggest-list";
    list.setAttribute("role", "listbox");
    list.hidden = true;
    input.parentNode.classList.add("suggest-host");
    input.parentNode.insertBefore(list, input.nextSibling);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", list.id);
    input.setAttribute("autocomplete", "off");

    var timer = 0;
    var active = -1;
    var latest = 0;

    function close() {
      list.hidden = true;
      list.innerHTML = "";
      active = -1;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
    }

    function highlight(next) {
      var items = list.querySelectorAll("[role=option]");
      if (items.length === 0) { return; }
      active = (next + items.length) % items.length;
      items.forEach(function (item, i) { item.setAttribute("aria-selected", i === active ? "true" : "false"); });
      input.setAttribute("aria-activedescendant", items[active].id);
    }

    function show(suggestions) {
      list.innerHTML = "";
      active = -1;
      suggestions.forEach(function (s, i) {
        var item = document.createElement("li");
        item.id = list.id + "-" + i;
        item.setAttribute("role", "option");
        item.setAttribute("aria-selected", "false");
        var link = document.createElement("a");
        link.href = s.url;
        link.tabIndex = -1;
        link.textContent = s.text;
        var kind = document.createElement("span");
        kind.className = "suggest-kind";
        kind.textContent = s.label;
        link.appendChild(kind);
        item.appendChild(link);
        list.appendChild(item);
      });
      list.hidden = suggestions.length === 0;
      input.setAttribute("aria-expanded", suggestions.length > 0 ? "true" : "false");
    }

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      var text = input.value.trim();
      if (text.length < 2) { close(); return; }
      timer = window.setTimeout(function () {
        var ticket = ++latest;
        fetch("/api/suggest?q=" + encodeURIComponent(text), { headers: { "Accept": "application/json" } })
          .then(function (response) { return response.ok ? response.json() : []; })
          .then(function (suggestions) { if (ticket === latest) { show(suggestions); } })
          .catch(close);
      }, 150);
    });

    input.addEventListener("keydown", function (event) {
      if (list.hidden) { return; }
      if (event.key === "ArrowDown") { highlight(active + 1); event.preventDefault(); }
      else if (event.key === "ArrowUp") { highlight(active - 1); event.preventDefault(); }
      else if (event.key === "Escape") { close(); }
      else if (event.key === "Enter" && active >= 0) {
        var link = list.querySelectorAll("[role=option] a")[active];
        if (link) { window.location.href = link.href; event.preventDefault(); }
      }
    });

    input.addEventListener("blur", function () { window.setTimeout(close, 200); });
  }

  document.querySelectorAll(".search-form input[type=search][name=q]").forEach(setUp);
})();
