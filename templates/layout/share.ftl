<#-- Ready-to-copy texts for sharing a page or a kit by e-mail and on LinkedIn (docs/templates.md: `share`).
     Without JavaScript the copy buttons stay hidden and the texts are selected and copied by hand;
     js/share.js shows the buttons. No inline script: the Content-Security-Policy forbids it. -->
<#macro box share heading id>
<details class="share" id="${id}">
  <summary>${heading}</summary>
  <div class="share-body">
    <p>${t.share_intro}</p>
    <fieldset class="share-channel">
      <legend>${t.share_email}</legend>
      <label for="${id}-subject">${t.share_subject}</label>
      <input id="${id}-subject" class="share-text" type="text" readonly value="${share.email_subject}">
      <label for="${id}-email">${t.share_message}</label>
      <textarea id="${id}-email" class="share-text" readonly rows="12">${share.email_body}</textarea>
      <p class="share-actions">
        <button type="button" class="copy-button" data-copy="${id}-email" data-copied="${t.share_copied}" hidden>${t.share_copy}</button>
        <a href="${share.mailto}">${t.share_open_email}</a>
        <span class="copy-status" role="status"></span>
      </p>
    </fieldset>
    <fieldset class="share-channel">
      <legend>${t.share_linkedin}</legend>
      <label for="${id}-linkedin">${t.share_message}</label>
      <textarea id="${id}-linkedin" class="share-text" readonly rows="6">${share.linkedin}</textarea>
      <p class="share-actions">
        <button type="button" class="copy-button" data-copy="${id}-linkedin" data-copied="${t.share_copied}" hidden>${t.share_copy}</button>
        <a href="${share.linkedin_share_url}" rel="noopener external">${t.share_open_linkedin}</a>
        <span class="copy-status" role="status"></span>
      </p>
    </fieldset>
  </div>
</details>
</#macro>
