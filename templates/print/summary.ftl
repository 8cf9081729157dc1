<#-- «Kort fortalt» on A4. -->
<#import "layout.ftl" as layout>
<@layout.document>
<@layout.header qr=true/>
<div class="kk-body">
${content.body}
</div>
<@layout.after/>
</@layout.document>
