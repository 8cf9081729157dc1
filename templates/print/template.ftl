<#-- A template (ROS, DPIA, saksframlegg) on A4, with its fields to fill in. -->
<#import "layout.ftl" as layout>
<@layout.document>
<@layout.header qr=false/>
<#if print.fields gt 0><p class="kk-note">${t.print_fill_in}</p></#if>
<div class="kk-body">
${content.body}
</div>
<@layout.after/>
</@layout.document>
