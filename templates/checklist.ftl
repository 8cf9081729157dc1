<#import "layout/base.ftl" as layout>
<#-- A checklist. The boxes work without JavaScript; site.js remembers the ticks in this browser and
     adds the reset and print buttons and a progress line to .checklist-tools, since those need JS. -->
<@layout.shell bodyClass="type-checklist">
<article class="content">
  <@layout.pageHeader c=content>
    <#if content.tasks gt 0><p class="task-count"><#if content.tasks == 1>${t.checklist_count_one}<#else>${t.checklist_count?replace("{n}", content.tasks?c)}</#if></p></#if>
  </@layout.pageHeader>
  <div class="content-main">
    <div class="checklist-tools" data-checklist="${content.uri}" data-total="${content.tasks}"
         data-reset-label="${t.reset}" data-print-label="${t.print}" data-progress-label="${t.progress}"
         data-saved-label="${t.checklist_saved}" data-reset-done="${t.reset_done}" hidden></div>
    <div class="body checklist-body" data-checklist-body="${content.uri}">
${content.body}
    </div>
  </div>
  <@layout.after c=content/>
</article>
</@layout.shell>
