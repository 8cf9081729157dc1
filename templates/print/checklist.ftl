<#-- A checklist on A4: every item a real checkbox that can be ticked on screen or on paper. -->
<#import "layout.ftl" as layout>
<@layout.document>
<@layout.header qr=true/>
<#if content.tasks gt 0><p class="kk-note">${t.print_tick}</p></#if>
<div class="kk-body">
${content.body}
</div>
<@layout.after/>
</@layout.document>
