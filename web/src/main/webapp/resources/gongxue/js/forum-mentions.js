/*
 * @mention suggestions in the forum's editors (PrimeFaces text editor, Quill). Typing @ and a few
 * letters lists, below the editor, the people of the space who may be mentioned (GET
 * api/forum/spaces/{id}/mentionable); arrow keys move through the list, Enter or Tab inserts
 * "@login ", Escape closes it. The editor is the list's combobox for screen readers.
 *
 * Each editor that offers mentions is named by an element
 *   <span class="gx-mention-source" data-editor="form:editor-id" data-space="42" data-label="…">
 */
(function () {
    'use strict';

    var TYPED = /(?:^|[^\w.@-])@([\w.\-\u3400-\u9fff]{1,32})$/;

    function attach(source) {
        var host = document.getElementById(source.dataset.editor);
        var widget = host && window.PrimeFaces && PrimeFaces.getWidgetById(host.id);
        if (!widget || !widget.editor) {
            return false;
        }
        var quill = widget.editor;
        var root = quill.root;
        var list = document.createElement('ul');
        list.id = host.id + '_mentions';
        list.className = 'gx-mentions';
        list.setAttribute('role', 'listbox');
        list.setAttribute('aria-label', source.dataset.label);
        list.hidden = true;
        host.insertAdjacentElement('afterend', list);
        root.setAttribute('role', 'combobox');
        root.setAttribute('aria-autocomplete', 'list');
        root.setAttribute('aria-controls', list.id);
        root.setAttribute('aria-expanded', 'false');

        var people = [];
        var active = -1;
        var token = null;
        var timer = null;
        var asked = 0;

        function close() {
            list.hidden = true;
            list.replaceChildren();
            people = [];
            active = -1;
            token = null;
            root.setAttribute('aria-expanded', 'false');
            root.removeAttribute('aria-activedescendant');
        }

        function highlight(index) {
            active = index;
            Array.prototype.forEach.call(list.children, function (option, i) {
                option.setAttribute('aria-selected', String(i === index));
            });
            root.setAttribute('aria-activedescendant', list.id + '_' + index);
        }

        function choose(index) {
            var person = people[index];
            var typed = token;
            if (!person || !typed) {
                return;
            }
            // Closed first: the edits below fire text-change, which must find nothing to suggest.
            close();
            var text = '@' + person.username + ' ';
            quill.deleteText(typed.start, typed.length, 'user');
            quill.insertText(typed.start, text, 'user');
            quill.setSelection(typed.start + text.length, 0, 'user');
        }

        function show(found) {
            list.replaceChildren();
            people = found;
            found.forEach(function (person, i) {
                var option = document.createElement('li');
                option.id = list.id + '_' + i;
                option.setAttribute('role', 'option');
                option.className = 'gx-mention-option';
                option.textContent = person.name + ' @' + person.username;
                option.addEventListener('mousedown', function (event) {
                    event.preventDefault();
                    choose(i);
                });
                list.appendChild(option);
            });
            list.hidden = found.length === 0;
            root.setAttribute('aria-expanded', String(found.length > 0));
            if (found.length > 0) {
                highlight(0);
            }
        }

        function suggest(typed) {
            var request = ++asked;
            var address = PrimeFaces.settings.contextPath + '/api/forum/spaces/' + source.dataset.space
                + '/mentionable?q=' + encodeURIComponent(typed);
            fetch(address, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
                .then(function (response) {
                    return response.ok ? response.json() : [];
                })
                .then(function (found) {
                    // An answer to an older question would list the wrong people.
                    if (request === asked && token) {
                        show(found);
                    }
                })
                .catch(close);
        }

        quill.on('text-change', function () {
            var range = quill.getSelection();
            var before = range ? quill.getText(Math.max(0, range.index - 40), Math.min(range.index, 40)) : '';
            var typed = TYPED.exec(before);
            if (!typed) {
                close();
                return;
            }
            token = {start: range.index - typed[1].length - 1, length: typed[1].length + 1};
            clearTimeout(timer);
            timer = setTimeout(function () {
                suggest(typed[1]);
            }, 150);
        });

        // Capturing, so that the editor does not also take Enter as a new line.
        root.addEventListener('keydown', function (event) {
            if (list.hidden) {
                return;
            }
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
                var step = event.key === 'ArrowDown' ? 1 : people.length - 1;
                highlight((active + step) % people.length);
            } else if (event.key === 'Enter' || event.key === 'Tab') {
                choose(active);
            } else if (event.key === 'Escape') {
                close();
            } else {
                return;
            }
            event.preventDefault();
            event.stopImmediatePropagation();
        }, true);
        root.addEventListener('blur', function () {
            setTimeout(close, 200);
        });
        return true;
    }

    function attachAll(triesLeft) {
        var waiting = Array.prototype.filter.call(document.querySelectorAll('.gx-mention-source:not([data-attached])'),
            function (source) {
                if (attach(source)) {
                    source.dataset.attached = 'yes';
                    return false;
                }
                return true;
            });
        // The editor loads its script on demand: try again for a few seconds.
        if (waiting.length > 0 && triesLeft > 0) {
            setTimeout(function () {
                attachAll(triesLeft - 1);
            }, 200);
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', function () {
            attachAll(25);
        });
    } else {
        attachAll(25);
    }
}());
